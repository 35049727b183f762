stub: upstream file of 22584 bytes
