stub: upstream file of 22130 bytes
