stub: upstream file of 23708 bytes
