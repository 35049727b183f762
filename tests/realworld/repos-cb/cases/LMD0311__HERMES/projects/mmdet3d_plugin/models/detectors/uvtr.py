stub: upstream file of 17684 bytes
