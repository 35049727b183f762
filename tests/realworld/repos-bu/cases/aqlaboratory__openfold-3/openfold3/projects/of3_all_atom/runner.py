stub: upstream file of 25849 bytes
