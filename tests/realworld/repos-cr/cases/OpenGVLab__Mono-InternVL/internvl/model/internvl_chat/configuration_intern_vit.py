stub: upstream file of 10731 bytes
