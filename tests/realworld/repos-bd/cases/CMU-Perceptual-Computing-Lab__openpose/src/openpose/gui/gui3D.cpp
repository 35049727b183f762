stub: upstream file of 23915 bytes
