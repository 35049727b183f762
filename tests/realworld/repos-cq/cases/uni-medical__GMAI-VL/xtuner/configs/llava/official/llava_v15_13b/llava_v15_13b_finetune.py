stub: upstream file of 6990 bytes
