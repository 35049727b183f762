stub: upstream file of 26723 bytes
