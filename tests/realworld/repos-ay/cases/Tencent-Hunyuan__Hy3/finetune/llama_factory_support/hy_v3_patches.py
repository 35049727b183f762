stub: upstream file of 25805 bytes
