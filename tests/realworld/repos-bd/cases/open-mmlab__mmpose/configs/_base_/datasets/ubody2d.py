stub: upstream file of 30694 bytes
