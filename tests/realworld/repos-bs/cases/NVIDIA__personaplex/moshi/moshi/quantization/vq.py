stub: upstream file of 15734 bytes
