stub: upstream file of 46638 bytes
