stub: upstream file of 18642 bytes
