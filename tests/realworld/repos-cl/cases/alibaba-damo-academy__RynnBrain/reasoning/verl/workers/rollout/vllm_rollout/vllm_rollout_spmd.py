stub: upstream file of 28518 bytes
