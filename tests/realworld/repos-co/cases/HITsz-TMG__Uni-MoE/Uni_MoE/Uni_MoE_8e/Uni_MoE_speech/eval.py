stub: upstream file of 20345 bytes
