stub: upstream file of 18734 bytes
