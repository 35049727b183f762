stub: upstream file of 31728 bytes
