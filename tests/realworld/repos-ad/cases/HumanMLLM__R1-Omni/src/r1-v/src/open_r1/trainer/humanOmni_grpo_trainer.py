stub: upstream file of 34959 bytes
