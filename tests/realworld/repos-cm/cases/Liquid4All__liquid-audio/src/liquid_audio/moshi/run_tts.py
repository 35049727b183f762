stub: upstream file of 10558 bytes
