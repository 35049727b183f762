stub: upstream file of 11892 bytes
