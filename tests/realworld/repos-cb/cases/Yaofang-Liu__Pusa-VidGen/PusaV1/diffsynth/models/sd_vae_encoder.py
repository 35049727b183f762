stub: upstream file of 17272 bytes
