stub: upstream file of 918829 bytes
