stub: upstream file of 46651 bytes
