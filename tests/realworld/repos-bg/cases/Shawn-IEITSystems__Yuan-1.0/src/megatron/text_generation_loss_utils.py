stub: upstream file of 23430 bytes
