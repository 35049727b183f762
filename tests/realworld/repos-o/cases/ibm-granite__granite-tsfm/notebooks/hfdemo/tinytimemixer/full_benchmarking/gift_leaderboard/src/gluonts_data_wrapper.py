stub: upstream file of 19139 bytes
