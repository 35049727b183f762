stub: upstream file of 41304 bytes
