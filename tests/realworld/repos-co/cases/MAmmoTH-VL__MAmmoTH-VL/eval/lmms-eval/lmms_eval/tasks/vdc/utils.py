stub: upstream file of 17918 bytes
