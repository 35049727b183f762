stub: upstream file of 15684 bytes
