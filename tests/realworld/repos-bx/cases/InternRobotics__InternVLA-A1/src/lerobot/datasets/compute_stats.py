stub: upstream file of 22690 bytes
