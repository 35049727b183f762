stub: upstream file of 20873 bytes
