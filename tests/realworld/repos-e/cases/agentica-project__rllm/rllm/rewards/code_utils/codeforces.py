stub: upstream file of 22768 bytes
