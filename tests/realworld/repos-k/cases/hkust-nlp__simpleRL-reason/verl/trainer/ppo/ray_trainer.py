stub: upstream file of 48099 bytes
