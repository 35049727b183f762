stub: upstream file of 6759 bytes
