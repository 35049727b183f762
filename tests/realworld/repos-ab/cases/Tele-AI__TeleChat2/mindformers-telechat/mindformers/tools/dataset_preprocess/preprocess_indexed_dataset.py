stub: upstream file of 18892 bytes
