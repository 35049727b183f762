stub: upstream file of 29219 bytes
