stub: upstream file of 28926 bytes
