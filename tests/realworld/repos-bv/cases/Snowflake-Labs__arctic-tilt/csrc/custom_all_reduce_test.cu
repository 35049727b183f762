stub: upstream file of 13306 bytes
