stub: upstream file of 1240087 bytes
