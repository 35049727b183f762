stub: upstream file of 23567 bytes
