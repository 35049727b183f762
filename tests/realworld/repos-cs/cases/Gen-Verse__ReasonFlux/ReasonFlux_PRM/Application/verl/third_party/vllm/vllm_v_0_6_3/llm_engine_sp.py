stub: upstream file of 17382 bytes
