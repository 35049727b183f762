stub: upstream file of 33486 bytes
