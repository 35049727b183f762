stub: upstream file of 78915 bytes
