stub: upstream file of 66712 bytes
