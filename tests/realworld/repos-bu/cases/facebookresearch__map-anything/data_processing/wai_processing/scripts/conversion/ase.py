stub: upstream file of 14734 bytes
