stub: upstream file of 23718 bytes
