stub: upstream file of 3087 bytes
