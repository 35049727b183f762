stub: upstream file of 7557 bytes
