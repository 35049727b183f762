stub: upstream file of 23716 bytes
