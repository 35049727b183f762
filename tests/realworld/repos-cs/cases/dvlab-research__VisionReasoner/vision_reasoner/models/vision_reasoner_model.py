stub: upstream file of 27859 bytes
