stub: upstream file of 17929 bytes
