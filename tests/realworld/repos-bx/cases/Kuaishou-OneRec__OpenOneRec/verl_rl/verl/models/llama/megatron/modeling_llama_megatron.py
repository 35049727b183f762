stub: upstream file of 28515 bytes
