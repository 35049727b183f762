stub: upstream file of 22611 bytes
