stub: upstream file of 34775 bytes
