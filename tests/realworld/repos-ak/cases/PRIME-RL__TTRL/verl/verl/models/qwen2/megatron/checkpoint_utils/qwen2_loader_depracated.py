stub: upstream file of 20387 bytes
